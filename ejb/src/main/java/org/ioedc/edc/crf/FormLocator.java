package org.ioedc.edc.crf;

/**
 * Names one form instance of a subject from outside data entry (queries, verification, locks): a visit
 * form by form and visit OID, a log form by form OID and log number.
 */
public record FormLocator(String formOid, String visitOid, Integer logNumber) {

    public static FormLocator visit(String formOid, String visitOid) {
        return new FormLocator(formOid, visitOid, null);
    }

    public static FormLocator log(String formOid, int logNumber) {
        return new FormLocator(formOid, null, logNumber);
    }

    String instanceKey() {
        return visitOid != null ? FormInstance.visitKey(formOid, visitOid) : FormInstance.logKey(formOid, logNumber == null ? 0 : logNumber);
    }

    public String label() {
        return visitOid != null ? formOid + " at " + visitOid : formOid + " #" + logNumber;
    }
}
