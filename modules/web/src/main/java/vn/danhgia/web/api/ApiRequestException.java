package vn.danhgia.web.api;

import jakarta.ws.rs.BadRequestException;

/** A request the API refuses, with the error to show the caller. */
public class ApiRequestException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final transient ApiError error;

    public ApiRequestException(ApiError error) {
        super(error.message());
        this.error = error;
    }

    public ApiError error() {
        return error;
    }
}
