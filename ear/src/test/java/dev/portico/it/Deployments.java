package dev.portico.it;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR exactly as {@code mvn package} built it, optionally with a WAR of in-container tests. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive portico() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("portico.ear")));
    }

    /**
     * Adds the test class in a WAR and test helper EJBs in a JAR of their own: EJBs inside the
     * test WAR would tie its class loader to the EAR's OIDC security domain, which WildFly
     * refuses for a WAR that is not itself secured by OIDC (ELY01148).
     */
    static EnterpriseArchive porticoWithTests(Class<?> testClass, Class<?>... helperBeans) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "portico-tests.war")
                .addClass(testClass)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        JavaArchive helpers = ShrinkWrap.create(JavaArchive.class, "portico-test-helpers.jar")
                .addClasses(helperBeans)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        return portico().addAsModule(helpers).addAsModule(Testable.archiveToTest(tests));
    }

    /**
     * Adds the JARs that hold these classes to the EAR's {@code lib/}: for test-only libraries an
     * in-container test needs (e.g. PDFBox to read an export back), taken from the test class path.
     */
    static EnterpriseArchive withLibrariesOf(EnterpriseArchive ear, Class<?>... classes) {
        for (Class<?> type : classes) {
            try {
                ear.addAsLibrary(new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot locate the JAR of " + type.getName(), e);
            }
        }
        return ear;
    }
}
