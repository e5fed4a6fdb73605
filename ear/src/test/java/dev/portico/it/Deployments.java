package dev.portico.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR exactly as {@code mvn package} built it, optionally with a WAR of in-container tests. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive portico() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("portico.ear")));
    }

    static EnterpriseArchive porticoWithTests(Class<?>... testClasses) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "portico-tests.war")
                .addClasses(testClasses)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        return portico().addAsModule(Testable.archiveToTest(tests));
    }
}
