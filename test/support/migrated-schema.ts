/**
 * What the server's migrations leave behind when an admin runs them: objects of the kinds they create, owned by that
 * admin until the migration Job's hand-over gives them to the server's user. Shared by the migration SQL test and
 * the backup test, which back up and restore such a database.
 */
export const ADMIN_MIGRATED = `
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE tenants (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), slug text UNIQUE NOT NULL);
CREATE TABLE memory_entries (id bigserial PRIMARY KEY, tenant_id text NOT NULL);
CREATE TABLE _aeterna_migrations (version int PRIMARY KEY, name text NOT NULL);
CREATE SEQUENCE job_ids;
CREATE VIEW tenant_slugs AS SELECT slug FROM tenants;
CREATE FUNCTION get_effective_governance_config(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
INSERT INTO _aeterna_migrations VALUES (3, 'create_memory_tables');
`;
