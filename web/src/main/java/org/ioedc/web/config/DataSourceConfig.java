package org.ioedc.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source of the application, always PostgreSQL: the embedded server the launcher starts
 * (it sets the edc.db.* system properties) or the user's own, named by EDC_DB_CLASS, EDC_DB_URL,
 * EDC_DB_USER and EDC_DB_PASSWORD in the environment through MicroProfile Config.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/edc",
        className = "${MPCONFIG=edc.db.class}",
        url = "${MPCONFIG=edc.db.url}",
        user = "${MPCONFIG=edc.db.user}",
        password = "${MPCONFIG=edc.db.password}",
        minPoolSize = 4,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                      "fish.payara.connection-validation-method=meta-data"})
@ApplicationScoped
public class DataSourceConfig {
}
