package vn.danhgia.web.api.organization;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.danhgia.organization.api.authority.AuthorityChainView;
import vn.danhgia.organization.api.authority.AuthorityFacade;
import vn.danhgia.organization.api.authority.NewAuthorityOverride;

/** Evaluator authority (RULES.md ORG-11, PRO-9, PRO-10). */
@Path("authority")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Thẩm quyền đánh giá", description = "Ai nhận xét, đánh giá, quyết định, điều chỉnh — và vì sao")
public class AuthorityResource {

    @Inject
    private AuthorityFacade authority;

    @GET
    @Path("people/{personId}")
    @Operation(summary = "Chuỗi thẩm quyền đánh giá của một người tại một ngày, kèm giải thích theo quy định")
    public AuthorityChainView chain(@PathParam("personId") long personId,
                                    @Parameter(description = "QUARTERLY_PROFESSIONALISM hoặc ANNUAL_CLASSIFICATION")
                                    @QueryParam("kind") @DefaultValue(AuthorityFacade.QUARTERLY) String kind,
                                    @Parameter(description = "Ngày (yyyy-MM-dd), mặc định hôm nay")
                                    @QueryParam("date") LocalDate date) {
        return authority.chain(personId, kind, date == null ? LocalDate.now() : date);
    }

    @POST
    @Path("overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ghi đè thẩm quyền mặc định cho một đơn vị hoặc một người (quản trị; có ghi nhật ký)")
    public Response override(NewAuthorityOverride override, @Context SecurityContext caller) {
        if (!caller.isUserInRole("ADMIN")) {
            throw new ForbiddenException();
        }
        long id = authority.override(override, caller.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }
}
