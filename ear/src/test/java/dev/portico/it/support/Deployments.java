package dev.portico.it.support;

import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR exactly as {@code mvn package} built it, optionally with a WAR of in-container tests. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive portico() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("portico.ear")));
    }

    /**
     * Adds the test class in a WAR and test helper EJBs in a JAR of their own: EJBs inside the
     * test WAR would tie its class loader to the EAR's OIDC security domain, which WildFly
     * refuses for a WAR that is not itself secured by OIDC (ELY01148).
     */
    public static EnterpriseArchive porticoWithTests(Class<?> testClass, Class<?>... helperBeans) {
        return porticoWithTests(testClass, List.of(), helperBeans);
    }

    /**
     * As above, with the JARs that hold {@code libraries} in the test WAR: readers that only the
     * tests need (PDFBox, to open an exported PDF inside the server), taken from the test class path.
     */
    public static EnterpriseArchive porticoWithTests(Class<?> testClass, List<Class<?>> libraries, Class<?>... helperBeans) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "portico-tests.war")
                .addClass(testClass)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        libraries.forEach(library -> tests.addAsLibrary(jarOf(library)));
        JavaArchive helpers = ShrinkWrap.create(JavaArchive.class, "portico-test-helpers.jar")
                .addClasses(helperBeans)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        return portico().addAsModule(helpers).addAsModule(Testable.archiveToTest(tests));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no JAR for " + type, e);
        }
    }
}
