package vn.danhgia.web.api.organization;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.danhgia.organization.api.NewUnit;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitView;

/** Units of the organisation tree (RULES.md ORG-1). */
@Path("units")
@Tag(name = "Đơn vị", description = "Cây đơn vị theo thời gian")
public class UnitsResource {

    @Inject
    private UnitFacade units;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Danh sách đơn vị có hiệu lực tại một ngày")
    public List<UnitView> list(@Parameter(description = "Ngày (yyyy-MM-dd), mặc định hôm nay")
                               @QueryParam("asOf") LocalDate asOf) {
        return units.unitsAsOf(asOf == null ? LocalDate.now() : asOf);
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Danh sách đơn vị dạng PDF theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP)")
    public Response pdf(@QueryParam("asOf") LocalDate asOf) {
        byte[] pdf = units.unitListPdf(asOf == null ? LocalDate.now() : asOf);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"danh-sach-don-vi.pdf\"")
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tạo đơn vị (quản trị, cán bộ tổ chức)")
    public Response create(NewUnit unit, @Context SecurityContext caller) {
        if (!caller.isUserInRole("ADMIN") && !caller.isUserInRole("HR_OFFICER")) {
            throw new ForbiddenException();
        }
        return Response.status(Response.Status.CREATED).entity(units.create(unit)).build();
    }
}
