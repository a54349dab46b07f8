package vn.danhgia.web.api.evaluation;

import jakarta.ws.rs.core.Response;

/** A PDF download response with its file name. */
final class Pdfs {

    private Pdfs() {
    }

    static Response attachment(byte[] pdf, String fileName) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
