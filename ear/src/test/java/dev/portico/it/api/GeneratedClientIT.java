package dev.portico.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.client.ApiClient;
import dev.portico.client.ApiException;
import dev.portico.client.api.DefaultApi;
import dev.portico.client.model.CatalogueItem;
import dev.portico.client.model.PartnerCart;
import dev.portico.client.model.PartnerCartLine;
import dev.portico.client.model.PartnerOrderStatus;
import dev.portico.client.model.PartnerOrderSummary;
import dev.portico.it.support.Api;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RemoteFixtures;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document is usable by partners' tooling: the build generates a Java client from it
 * (openapi-generator, library native; ear/pom.xml) and nick, with his own bearer token, reads the
 * catalogue at Northwind's prices and places an order with nothing but that client.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GeneratedClientIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithFixtures();
    }

    @Test
    void nickPlacesAnOrderWithAClientGeneratedFromTheDocument() throws Exception {
        DefaultApi nick = client(Api.token("nick"));
        List<CatalogueItem> items = nick.listCatalogue(null, "10", "PRD-0002").getItems();
        assertEquals(1, items.size());
        assertEquals(0, new BigDecimal("82.00").compareTo(items.get(0).getUnitPrice()), "Northwind's agreed price");

        long customer = RemoteFixtures.northwindCustomer("GeneratedClientIT");
        assertTrue(nick.listPartnerCustomers().stream().anyMatch(c -> c.getId() == customer));
        nick.submitPartnerOrder(new PartnerCart().accountId(customer).deliveryAddress("Dock 7")
                .addLinesItem(new PartnerCartLine().sku("PRD-0002").quantity(5)));

        PartnerOrderSummary placed = nick.listPartnerOrders(null, "5", null).getItems().get(0);
        assertEquals(customer, placed.getCustomerId());
        assertEquals(0, new BigDecimal("410.00").compareTo(placed.getTotal()), "5 × 82.00, within nick's limit");
        assertTrue(List.of(PartnerOrderStatus.SUBMITTED, PartnerOrderStatus.CONFIRMED).contains(placed.getStatus()), placed.toString());
        assertEquals(placed.getId(), nick.getPartnerOrder(Long.toString(placed.getId())).getOrder().getId());

        ApiException refused = assertThrows(ApiException.class, () -> client("not-a-token").listCatalogue(null, null, null));
        assertEquals(401, refused.getCode());
    }

    private static DefaultApi client(String token) {
        ApiClient client = new ApiClient(HttpClient.newBuilder(), ApiClient.createDefaultObjectMapper(), Api.BASE);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new DefaultApi(client);
    }
}
