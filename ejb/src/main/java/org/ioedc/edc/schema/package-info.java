/**
 * The database schema: Flyway migrations under {@code db/migration} own it, and run at start before
 * anything uses the persistence unit ({@link org.ioedc.edc.schema.SchemaMigration}). They run as the
 * schema's owner role, which the application does not connect as; the application's role gets only the
 * privileges the migrations grant it, so it can neither rewrite the audit trail nor drop its guard.
 * At start the product also checks that its entities match the migrated schema
 * ({@link org.ioedc.edc.schema.EntitySchema}), so an entity changed without a migration is found at once.
 */
package org.ioedc.edc.schema;
