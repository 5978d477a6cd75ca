/**
 * The CRF engine: ODM 1.3.2 metadata (forms, item groups, items, code lists, range checks) read from the
 * trial modules' resources, the data of one form instance, the record of every form saved for one subject
 * (what edit checks and deviation rules read), and validation of that data against the metadata (data type,
 * length, range, code list, mandatory).
 */
package org.ioedc.forms.crf;
