package org.ioedc.edc.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The migrations alter and grant on every table, which only the table's owner may do; a GRANT by anyone
 * else is not even an error in PostgreSQL (a warning, and nothing granted). So before migrating, every
 * table and sequence of the schema must belong to the role that runs the migrations. A database made
 * before the schema had an owner of its own belongs to the application's role: it is handed over once,
 * by a superuser, as the message says.
 */
final class SchemaOwnership {

    private SchemaOwnership() {
    }

    static void requireOwnedBy(Connection c, String owner, String database) throws SQLException {
        List<String> others = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.relname, pg_get_userbyid(c.relowner) FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                + "AND c.relkind IN ('r', 'S', 'p') AND pg_get_userbyid(c.relowner) <> current_user ORDER BY 1")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    others.add(rs.getString(1) + " (owner " + rs.getString(2) + ")");
                }
            }
        }
        if (!others.isEmpty()) {
            String formerOwner = others.get(0).replaceAll(".*\\(owner (.*)\\)", "$1");
            throw new IllegalStateException("The schema must belong to the migration role " + owner + ", but "
                    + String.join(", ", others) + " do not. As a superuser, connected to database " + database
                    + ", run: REASSIGN OWNED BY " + formerOwner + " TO " + owner + "; ALTER DATABASE " + database
                    + " OWNER TO " + owner + ";");
        }
    }
}
