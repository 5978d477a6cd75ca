package org.ioedc.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Users are read from the edc_user table; passwords are verified against their PBKDF2 hash. */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/edc",
        callerQuery = "select password_hash from edc_user where username = ? and active = true",
        groupsQuery = "select role from edc_user where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@ApplicationScoped
public class IdentityStoreConfig {
}
