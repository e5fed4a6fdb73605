package dev.portico.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.client.ApiClient;
import dev.portico.client.ApiException;
import dev.portico.client.ApiResponse;
import dev.portico.client.api.PartnerApi;
import dev.portico.client.model.CatalogueItem;
import dev.portico.client.model.PartnerCart;
import dev.portico.client.model.PartnerCartLine;
import dev.portico.client.model.PartnerOrderDetail;
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
 * catalogue at Northwind's prices, places an order and reads it back with nothing but that client
 * (its {@code PartnerApi}: one class per tag of the document).
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
        PartnerApi nick = client(Api.token("nick"));
        List<CatalogueItem> items = nick.listCatalogue(null, "10", "PRD-0002").getItems();
        assertEquals(1, items.size());
        assertEquals(0, new BigDecimal("82.00").compareTo(items.get(0).getUnitPrice()), "Northwind's agreed price");

        long customer = RemoteFixtures.northwindCustomer("GeneratedClientIT");
        assertTrue(nick.listPartnerCustomers().stream().anyMatch(c -> c.getId() == customer));
        ApiResponse<PartnerOrderDetail> created = nick.submitPartnerOrderWithHttpInfo(new PartnerCart().accountId(customer)
                .deliveryAddress("Dock 7").addLinesItem(new PartnerCartLine().sku("PRD-0002").quantity(5)));
        assertEquals(201, created.getStatusCode());
        PartnerOrderSummary placed = created.getData().getOrder();
        String location = created.getHeaders().get("location").get(0);
        assertTrue(location.endsWith("/api/v1/partner/orders/" + placed.getId()), location);
        assertEquals(customer, placed.getCustomerId());
        assertEquals(0, new BigDecimal("410.00").compareTo(placed.getTotal()), "5 × 82.00, within nick's limit");
        assertTrue(List.of(PartnerOrderStatus.SUBMITTED, PartnerOrderStatus.CONFIRMED).contains(placed.getStatus()), placed.toString());

        PartnerOrderDetail readBack = nick.getPartnerOrder(Long.toString(placed.getId()));
        assertEquals(placed.getId(), readBack.getOrder().getId());
        assertEquals("Dock 7", readBack.getDeliveryAddress());
        assertEquals(1, readBack.getLines().size());
        assertEquals("PRD-0002", readBack.getLines().get(0).getSku());
        assertEquals(5, readBack.getLines().get(0).getQuantity());
        assertTrue(nick.listPartnerOrders(null, "50", null).getItems().stream().anyMatch(o -> o.getId().equals(placed.getId())));

        ApiException refused = assertThrows(ApiException.class, () -> client("not-a-token").listCatalogue(null, null, null));
        assertEquals(401, refused.getCode());
    }

    private static PartnerApi client(String token) {
        ApiClient client = new ApiClient(HttpClient.newBuilder(), ApiClient.createDefaultObjectMapper(), Api.BASE);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new PartnerApi(client);
    }
}
