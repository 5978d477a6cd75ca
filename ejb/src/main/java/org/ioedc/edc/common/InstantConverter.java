package org.ioedc.edc.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores every {@link Instant} as a SQL timestamp. EclipseLink 4.0 does not map Instant natively and
 * would serialise it into a binary column, which neither SQL nor an auditor could read
 * (eclipse-ee4j/eclipselink#259). The JVM runs in UTC time for the conversion to be exact, so the
 * values are compared and exported as UTC.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
