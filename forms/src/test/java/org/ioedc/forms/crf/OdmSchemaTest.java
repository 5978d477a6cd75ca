package org.ioedc.forms.crf;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.ioedc.forms.module.TrialModule;
import org.ioedc.forms.module.TrialModules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** Every trial module's metadata is a valid CDISC ODM 1.3.2 document (schema shipped with the product). */
class OdmSchemaTest {

    @TestFactory
    Stream<DynamicTest> everyModuleDocumentValidatesAgainstOdm132() throws Exception {
        URL xsd = getClass().getClassLoader().getResource("org/ioedc/forms/odm/schema/ODM1-3-2.xsd");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = factory.newSchema(xsd);
        var modules = TrialModules.discover().all();
        assertFalse(modules.isEmpty(), "no trial module found by ServiceLoader");
        return modules.stream().map(module -> DynamicTest.dynamicTest(module.id(), () -> validate(schema, module)));
    }

    private void validate(Schema schema, TrialModule module) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(module.odmResource())) {
            assertDoesNotThrow(() -> schema.newValidator().validate(new StreamSource(in)),
                    module.odmResource() + " is not valid ODM 1.3.2");
        }
    }
}
