/**
 * Form instances and their item values: saving a form for a subject's visit or log against its ODM
 * metadata, edit checks, status and optimistic locking. Every value keeps its origin.
 */
package org.ioedc.edc.crf;
