package vn.danhgia.web.api.organization;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.danhgia.organization.api.imports.ImportReport;
import vn.danhgia.organization.api.imports.ImportStatus;
import vn.danhgia.organization.api.imports.PersonImportFacade;
import vn.danhgia.organization.api.imports.UnitImportFacade;
import vn.danhgia.web.api.ApiError;
import vn.danhgia.web.api.ApiRequestException;

/** Imports of people (RULES.md ORG-2..5, ORG-9, ORG-10) and units (ORG-1) from Excel (.xlsx) or CSV files. */
@Path("imports")
@Tag(name = "Nhập dữ liệu", description = "Nhập danh sách cán bộ, đơn vị từ tệp Excel (.xlsx) hoặc CSV (UTF-8)")
public class ImportsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv; charset=UTF-8";
    /** Unprocessable Content: the file was read but refused (JAX-RS 3.1 has no constant for it). */
    static final int UNPROCESSABLE = 422;

    @Inject
    private PersonImportFacade imports;

    @Inject
    private UnitImportFacade unitImports;

    @POST
    @Path("people")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Nhập danh sách cán bộ từ tệp .xlsx hoặc .csv (quản trị, cán bộ tổ chức)",
            description = "Tệp theo mẫu (GET /imports/people/template.xlsx), tối đa 5 MB và 20.000 dòng. Kiểm tra toàn bộ "
                    + "tệp: chỉ cần một dòng lỗi thì không dữ liệu nào thay đổi và trả về 422 với danh sách lỗi theo dòng, "
                    + "cột; tệp hợp lệ được ghi trong một giao dịch và trả về 200 với số cán bộ thêm mới, cập nhật, "
                    + "không đổi. Mọi lần nhập đều được lưu vết.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file",
                    properties = @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                            description = "Tệp .xlsx hoặc .csv"))))
    @APIResponse(responseCode = "200", description = "Đã nhập tệp",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "Tệp bị từ chối, không có dữ liệu nào thay đổi; danh sách lỗi kèm theo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "Thiếu tệp trong trường \"file\"",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Không có quyền nhập dữ liệu",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response importPeople(@FormParam("file") EntityPart file, @Context SecurityContext caller) {
        requireImporter(caller);
        byte[] content = contentOf(file);
        return reportResponse(imports.importPeople(file.getFileName().orElse(""), content,
                caller.getUserPrincipal().getName()));
    }

    @GET
    @Path("people/template.xlsx")
    @Produces(XLSX)
    @Operation(summary = "Tệp mẫu Excel: dòng tiêu đề, một dòng ví dụ và trang \"Hướng dẫn\"")
    @APIResponse(responseCode = "200", description = "Tệp mẫu .xlsx", content = @Content(mediaType = XLSX))
    public Response templateXlsx(@Context SecurityContext caller) {
        requireImporter(caller);
        return download(imports.template("xlsx"), XLSX, "mau-nhap-can-bo.xlsx");
    }

    @GET
    @Path("people/template.csv")
    @Produces(CSV)
    @Operation(summary = "Tệp mẫu CSV (UTF-8): dòng tiêu đề và một dòng ví dụ")
    @APIResponse(responseCode = "200", description = "Tệp mẫu .csv", content = @Content(mediaType = "text/csv"))
    public Response templateCsv(@Context SecurityContext caller) {
        requireImporter(caller);
        return download(imports.template("csv"), CSV, "mau-nhap-can-bo.csv");
    }

    @POST
    @Path("units")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Nhập danh sách đơn vị từ tệp .xlsx hoặc .csv (quản trị, cán bộ tổ chức)",
            description = "Tệp theo mẫu (GET /imports/units/template.xlsx). Mã đơn vị cấp trên là đơn vị đã có hoặc khai "
                    + "trong cùng tệp; không được tạo vòng lặp. Chỉ cần một dòng lỗi thì không dữ liệu nào thay đổi và trả "
                    + "về 422 với danh sách lỗi theo dòng, cột; tệp hợp lệ được ghi trong một giao dịch và trả về 200 với "
                    + "số đơn vị thêm mới, cập nhật, không đổi. Mọi lần nhập đều được lưu vết.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file",
                    properties = @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                            description = "Tệp .xlsx hoặc .csv"))))
    @APIResponse(responseCode = "200", description = "Đã nhập tệp",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "Tệp bị từ chối, không có dữ liệu nào thay đổi; danh sách lỗi kèm theo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "Thiếu tệp trong trường \"file\"",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Không có quyền nhập dữ liệu",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response importUnits(@FormParam("file") EntityPart file, @Context SecurityContext caller) {
        requireImporter(caller);
        byte[] content = contentOf(file);
        String fileName = file.getFileName().orElse("");
        return reportResponse(unitImports.importUnits(fileName, content, caller.getUserPrincipal().getName()));
    }

    @GET
    @Path("units/template.xlsx")
    @Produces(XLSX)
    @Operation(summary = "Tệp mẫu Excel nhập đơn vị: dòng tiêu đề, một dòng ví dụ và trang \"Hướng dẫn\"")
    @APIResponse(responseCode = "200", description = "Tệp mẫu .xlsx", content = @Content(mediaType = XLSX))
    public Response unitTemplateXlsx(@Context SecurityContext caller) {
        requireImporter(caller);
        return download(unitImports.unitTemplate("xlsx"), XLSX, "mau-nhap-don-vi.xlsx");
    }

    @GET
    @Path("units/template.csv")
    @Produces(CSV)
    @Operation(summary = "Tệp mẫu CSV nhập đơn vị (UTF-8): dòng tiêu đề và một dòng ví dụ")
    @APIResponse(responseCode = "200", description = "Tệp mẫu .csv", content = @Content(mediaType = "text/csv"))
    public Response unitTemplateCsv(@Context SecurityContext caller) {
        requireImporter(caller);
        return download(unitImports.unitTemplate("csv"), CSV, "mau-nhap-don-vi.csv");
    }

    private static byte[] contentOf(EntityPart file) {
        if (file == null) {
            throw new ApiRequestException(new ApiError("IMPORT_FILE_MISSING",
                    "Thiếu tệp: hãy gửi tệp .xlsx hoặc .csv trong trường \"file\" của biểu mẫu multipart/form-data."));
        }
        try (InputStream in = file.getContent()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ApiRequestException(new ApiError("IMPORT_FILE_UNREADABLE",
                    "Không nhận được trọn vẹn tệp tải lên; hãy gửi lại."));
        }
    }

    private static Response download(byte[] content, String type, String fileName) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private static Response reportResponse(ImportReport report) {
        int status = report.status() == ImportStatus.ACCEPTED ? Response.Status.OK.getStatusCode() : UNPROCESSABLE;
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(report).build();
    }

    private static void requireImporter(SecurityContext caller) {
        if (caller.getUserPrincipal() == null || !caller.isUserInRole("ADMIN") && !caller.isUserInRole("HR_OFFICER")) {
            throw new ForbiddenException();
        }
    }
}
