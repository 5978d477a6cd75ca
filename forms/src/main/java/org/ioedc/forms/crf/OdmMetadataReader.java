package org.ioedc.forms.crf;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the MetaDataVersion of a CDISC ODM 1.3.2 document with StAX: FormDef, ItemGroupDef, ItemDef
 * (with Question, MeasurementUnitRef, CodeListRef, RangeCheck) and CodeList. Elements the engine does
 * not use are skipped; the documents are validated against the ODM schema by the module's tests.
 */
public final class OdmMetadataReader {

    private static final XMLInputFactory FACTORY = newFactory();

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // ODM documents are product resources, but external entities are never needed: refuse them.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    public FormMetadata readResource(String resource) {
        try (InputStream in = OdmMetadataReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("ODM resource not found on the classpath: " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read ODM resource " + resource, e);
        }
    }

    public FormMetadata read(InputStream in) {
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            try {
                return parse(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Malformed ODM metadata: " + e.getMessage(), e);
        }
    }

    private FormMetadata parse(XMLStreamReader xml) throws XMLStreamException {
        List<FormDef> forms = new ArrayList<>();
        List<ItemGroupDef> groups = new ArrayList<>();
        List<ItemDef> items = new ArrayList<>();
        List<CodeList> codeLists = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "FormDef" -> forms.add(readForm(xml));
                case "ItemGroupDef" -> groups.add(readGroup(xml));
                case "ItemDef" -> items.add(readItem(xml));
                case "CodeList" -> codeLists.add(readCodeList(xml));
                default -> {
                }
            }
        }
        return new FormMetadata(forms, groups, items, codeLists);
    }

    private FormDef readForm(XMLStreamReader xml) throws XMLStreamException {
        String oid = xml.getAttributeValue(null, "OID");
        String name = xml.getAttributeValue(null, "Name");
        boolean repeating = "Yes".equals(xml.getAttributeValue(null, "Repeating"));
        List<String> groupOids = new ArrayList<>();
        while (advanceWithin(xml, "FormDef")) {
            if ("ItemGroupRef".equals(xml.getLocalName())) {
                groupOids.add(xml.getAttributeValue(null, "ItemGroupOID"));
            }
        }
        return new FormDef(oid, name, repeating, groupOids);
    }

    private ItemGroupDef readGroup(XMLStreamReader xml) throws XMLStreamException {
        String oid = xml.getAttributeValue(null, "OID");
        String name = xml.getAttributeValue(null, "Name");
        boolean repeating = "Yes".equals(xml.getAttributeValue(null, "Repeating"));
        List<ItemGroupDef.Ref> refs = new ArrayList<>();
        while (advanceWithin(xml, "ItemGroupDef")) {
            if ("ItemRef".equals(xml.getLocalName())) {
                refs.add(new ItemGroupDef.Ref(xml.getAttributeValue(null, "ItemOID"),
                        "Yes".equals(xml.getAttributeValue(null, "Mandatory")),
                        xml.getAttributeValue(null, "MethodOID")));
            }
        }
        return new ItemGroupDef(oid, name, repeating, refs);
    }

    private ItemDef readItem(XMLStreamReader xml) throws XMLStreamException {
        String oid = xml.getAttributeValue(null, "OID");
        String name = xml.getAttributeValue(null, "Name");
        DataType type = DataType.fromOdm(xml.getAttributeValue(null, "DataType"));
        String lengthText = xml.getAttributeValue(null, "Length");
        Integer length = lengthText == null ? null : Integer.valueOf(lengthText);
        String question = null;
        String unit = null;
        String codeList = null;
        List<RangeCheck> ranges = new ArrayList<>();
        while (advanceWithin(xml, "ItemDef")) {
            switch (xml.getLocalName()) {
                case "Question" -> question = readTranslatedText(xml, "Question");
                case "MeasurementUnitRef" -> unit = xml.getAttributeValue(null, "MeasurementUnitOID");
                case "CodeListRef" -> codeList = xml.getAttributeValue(null, "CodeListOID");
                case "RangeCheck" -> ranges.add(readRange(xml));
                default -> {
                }
            }
        }
        return new ItemDef(oid, name, question == null ? name : question, type, length, unit, codeList, ranges);
    }

    private RangeCheck readRange(XMLStreamReader xml) throws XMLStreamException {
        RangeCheck.Comparator comparator = RangeCheck.Comparator.valueOf(xml.getAttributeValue(null, "Comparator"));
        boolean hard = !"Soft".equals(xml.getAttributeValue(null, "SoftHard"));
        List<BigDecimal> values = new ArrayList<>();
        String message = null;
        while (advanceWithin(xml, "RangeCheck")) {
            switch (xml.getLocalName()) {
                case "CheckValue" -> values.add(new BigDecimal(xml.getElementText().strip()));
                case "ErrorMessage" -> message = readTranslatedText(xml, "ErrorMessage");
                default -> {
                }
            }
        }
        return new RangeCheck(comparator, values, hard, message);
    }

    private CodeList readCodeList(XMLStreamReader xml) throws XMLStreamException {
        String oid = xml.getAttributeValue(null, "OID");
        String name = xml.getAttributeValue(null, "Name");
        Map<String, String> decodes = new LinkedHashMap<>();
        String coded = null;
        while (advanceWithin(xml, "CodeList")) {
            switch (xml.getLocalName()) {
                case "CodeListItem" -> {
                    coded = xml.getAttributeValue(null, "CodedValue");
                    decodes.put(coded, coded);
                }
                case "Decode" -> decodes.put(coded, readTranslatedText(xml, "Decode"));
                default -> {
                }
            }
        }
        return new CodeList(oid, name, decodes);
    }

    /** The text of the first TranslatedText inside {@code element}; leaves the reader at its end. */
    private String readTranslatedText(XMLStreamReader xml, String element) throws XMLStreamException {
        String text = null;
        while (advanceWithin(xml, element)) {
            if ("TranslatedText".equals(xml.getLocalName()) && text == null) {
                text = xml.getElementText().strip();
            }
        }
        return text;
    }

    /**
     * Moves to the next start element inside {@code element}; false once its end tag is reached.
     */
    private boolean advanceWithin(XMLStreamReader xml, String element) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT && element.equals(xml.getLocalName())) {
                return false;
            }
        }
        return false;
    }
}
