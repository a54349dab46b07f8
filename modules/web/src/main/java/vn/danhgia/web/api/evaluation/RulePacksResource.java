package vn.danhgia.web.api.evaluation;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.danhgia.evaluation.api.rulepack.ProRulePackFacade;
import vn.danhgia.web.security.CurrentViewer;

/** The PRO rule pack versions (RULES.md RP-1, PRO-13): list, download, publish the next version (administrators). */
@Path("evaluation/rulepacks/pro")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bộ quy tắc", description = "Các phiên bản bộ quy tắc đánh giá sự chuyên nghiệp (PRO)")
public class RulePacksResource {

    @EJB
    private ProRulePackFacade packs;

    @Inject
    private CurrentViewer viewer;

    @GET
    @Operation(summary = "Các phiên bản, mới nhất trước (bản kèm theo phần mềm có bộ tiêu chí MẪU)")
    public List<ProRulePackFacade.PackVersion> versions() {
        return packs.versions();
    }

    @GET
    @Path("{version}")
    @Operation(summary = "Nội dung JSON của một phiên bản (tải về, sửa, công bố thành phiên bản kế tiếp)")
    public Response json(@PathParam("version") int version) {
        return Response.ok(packs.json(version), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"pro-v" + version + ".json\"").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Công bố phiên bản kế tiếp (chỉ quản trị viên); sai thì không lưu gì và báo lỗi theo vị trí")
    public Response publish(String json) {
        if (!viewer.get().admin()) {
            throw new ForbiddenException();
        }
        return Response.status(Response.Status.CREATED).entity(packs.publish(json, viewer.get().username())).build();
    }
}
