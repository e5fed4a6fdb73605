package dev.portico.api.products;

import dev.portico.api.Parameters;
import dev.portico.api.problem.Problem;
import dev.portico.api.problem.ProblemException;
import dev.portico.erp.service.ProductCatalog;
import dev.portico.erp.service.ProductSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue ({@code products:view}): company-wide, so no data scope beyond the permission. */
@Path("/products")
@Tag(name = "products",
        description = "The product catalogue with price and available stock (staff)")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ProductsResource {

    static final int DEFAULT_LIMIT = 50;
    /** What a SKU may look like; anything else as a cursor is a 400, as a path a 404. */
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    @EJB
    private ProductCatalog catalog;

    /**
     * Products in SKU order, {@code limit} at a time (1–199, default 50); {@code after} is the
     * last SKU of the previous page; {@code search} matches name or SKU.
     */
    @Operation(operationId = "listProducts", summary = "List products with price and available stock")
    @GET
    public ProductPage list(@QueryParam("limit") String limit, @QueryParam("after") String after, @QueryParam("search") String search) {
        int size = Parameters.limit(limit, DEFAULT_LIMIT, ProductCatalog.MAX_PAGE - 1);
        if (after != null && !SKU.matcher(after).matches()) {
            throw ProblemException.invalid("after", "must be a SKU");
        }
        if (search != null && search.length() > 100) {
            throw ProblemException.invalid("search", "must be at most 100 characters");
        }
        List<ProductSummary> rows = catalog.list(search, after == null ? "" : after, size + 1);
        List<ProductRepresentation> items = rows.stream().limit(size).map(ProductRepresentation::of).toList();
        return new ProductPage(items, rows.size() > size
                ? Parameters.next("/api/v1/products", size, items.get(size - 1).sku(), search == null ? Map.of() : Map.of("search", search))
                : null);
    }

    /** One product by SKU, with its price and the stock still available. */
    @Operation(operationId = "getProduct", summary = "Get a product")
    @GET
    @Path("/{sku}")
    public ProductRepresentation get(@PathParam("sku") String sku) {
        if (!SKU.matcher(sku).matches()) {
            throw ProblemException.notFound("product " + sku);
        }
        return catalog.find(sku).map(ProductRepresentation::of).orElseThrow(() -> ProblemException.notFound("product " + sku));
    }
}
