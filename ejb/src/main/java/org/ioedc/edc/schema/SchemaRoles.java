package org.ioedc.edc.schema;

/**
 * Who runs the migrations and who the application is: the schema's owner role (EDC_DB_MIGRATION_USER,
 * EDC_DB_MIGRATION_PASSWORD) and the application's role (EDC_DB_USER). Without an owner of its own the
 * application's role runs the migrations and owns the schema, as before migrations existed.
 */
record SchemaRoles(String url, String owner, String ownerPassword, String application) {

    static SchemaRoles of(String url, String applicationUser, String applicationPassword, String migrationUser,
            String migrationPassword) {
        if (migrationUser == null || migrationUser.isBlank()) {
            return new SchemaRoles(url, applicationUser, applicationPassword, applicationUser);
        }
        return new SchemaRoles(url, migrationUser, migrationPassword == null ? "" : migrationPassword, applicationUser);
    }

    /** False when the application connects as the schema's owner, which may disable the audit guard. */
    boolean separate() {
        return !owner.equals(application);
    }
}
