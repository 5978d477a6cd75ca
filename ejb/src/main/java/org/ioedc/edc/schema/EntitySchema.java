package org.ioedc.edc.schema;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.DirectMapMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * The tables and columns the entities map, as the persistence provider sees them, compared with the
 * schema the migrations made. Since the provider no longer creates anything, an entity field without its
 * column would otherwise fail only at the first query that touches it. Both ways count: a mapped column
 * that is missing, a text column shorter or longer than its mapping says, and a column the entities do not
 * know that refuses NULL without a default (every insert would fail).
 */
final class EntitySchema {

    private final Map<String, Map<String, DatabaseField>> tables;

    private EntitySchema(Map<String, Map<String, DatabaseField>> tables) {
        this.tables = tables;
    }

    static EntitySchema of(EntityManagerFactory persistenceUnit) {
        Session session = persistenceUnit.unwrap(Session.class);
        Map<String, Map<String, DatabaseField>> tables = new TreeMap<>();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.isAggregateDescriptor()) {
                continue;
            }
            descriptor.getFields().forEach(f -> add(tables, f));
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof ManyToManyMapping m) {
                    m.getSourceRelationKeyFields().forEach(f -> add(tables, f));
                    m.getTargetRelationKeyFields().forEach(f -> add(tables, f));
                } else if (mapping instanceof DirectCollectionMapping m) {
                    m.getReferenceKeyFields().forEach(f -> add(tables, f));
                    add(tables, m.getDirectField());
                    if (m instanceof DirectMapMapping map) {
                        add(tables, map.getDirectKeyField());
                    }
                    if (m.getListOrderField() != null) {
                        add(tables, m.getListOrderField());
                    }
                }
            }
        }
        return new EntitySchema(tables);
    }

    /** What differs between the mapped columns and the tables of the connection's current schema. */
    List<String> differencesFrom(Connection c) throws SQLException {
        Map<String, Map<String, Column>> actual = columns(c);
        List<String> differences = new ArrayList<>();
        tables.forEach((table, fields) -> {
            Map<String, Column> columns = actual.get(table);
            if (columns == null) {
                differences.add("table " + table + " is missing");
                return;
            }
            fields.forEach((name, field) -> {
                Column column = columns.get(name);
                if (column == null) {
                    differences.add("column " + table + "." + name + " is missing");
                } else if (column.maxLength() != null && isText(field) && field.getLength() > 0
                        && field.getLength() != column.maxLength()) {
                    differences.add("column " + table + "." + name + " holds " + column.maxLength()
                            + " characters, its mapping " + field.getLength());
                }
            });
            columns.forEach((name, column) -> {
                if (!fields.containsKey(name) && column.requiredWithoutDefault()) {
                    differences.add("column " + table + "." + name + " is NOT NULL without a default, and no entity writes it");
                }
            });
        });
        return differences;
    }

    /** How much was compared, for the start-up log: tables and columns the entities map. */
    String extent() {
        return tables.size() + " tables, " + tables.values().stream().mapToInt(Map::size).sum() + " columns";
    }

    private static boolean isText(DatabaseField field) {
        return field.getType() == null || field.getType() == String.class;
    }

    private static void add(Map<String, Map<String, DatabaseField>> tables, DatabaseField field) {
        if (field == null || field.getTableName() == null || field.getTableName().isEmpty()) {
            return;
        }
        tables.computeIfAbsent(field.getTableName().toLowerCase(Locale.ROOT), t -> new TreeMap<>())
                .putIfAbsent(field.getName().toLowerCase(Locale.ROOT), field);
    }

    private static Map<String, Map<String, Column>> columns(Connection c) throws SQLException {
        Map<String, Map<String, Column>> columns = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name, column_name, character_maximum_length, "
                     + "is_nullable = 'NO' AND column_default IS NULL FROM information_schema.columns "
                     + "WHERE table_schema = current_schema()")) {
            while (rs.next()) {
                Integer length = rs.getObject(3) == null ? null : rs.getInt(3);
                columns.computeIfAbsent(rs.getString(1), t -> new TreeMap<>())
                        .put(rs.getString(2), new Column(length, rs.getBoolean(4)));
            }
        }
        return columns;
    }

    private record Column(Integer maxLength, boolean requiredWithoutDefault) {
    }
}
