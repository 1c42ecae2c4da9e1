// Command etcd is etcd's own server entry point, built from the pinned module for the lifecycle tests' loopback
// cluster (build tooling only). It lives apart from kube-tools because etcd's requirements (grpc, genproto) move
// versions that the Kubernetes module needs.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
