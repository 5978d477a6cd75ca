package org.ioedc.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source of the application. The same WAR runs on the embedded H2 file database (the
 * default) and on PostgreSQL: the driver class, URL and credentials come from MicroProfile Config, so
 * EDC_DB_CLASS, EDC_DB_URL, EDC_DB_USER and EDC_DB_PASSWORD in the environment override them.
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
