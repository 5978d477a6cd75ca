package org.ioedc.edc.common;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Values or rules broken: names every item at fault; nothing was saved. */
@ApplicationException(rollback = true)
public class InvalidDataException extends EdcException {

    /** One fault: the item (ODM OID, or request field) and what is wrong with it. */
    public record Fault(String item, String message) {
    }

    private final List<Fault> faults;

    public InvalidDataException(String message, List<Fault> faults) {
        super(message);
        this.faults = List.copyOf(faults);
    }

    public static InvalidDataException of(String item, String message) {
        return new InvalidDataException(item + ": " + message, List.of(new Fault(item, message)));
    }

    public List<Fault> faults() {
        return faults;
    }
}
