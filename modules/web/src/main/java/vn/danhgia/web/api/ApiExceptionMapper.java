package vn.danhgia.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.danhgia.evaluation.api.quarter.EvaluationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.danhgia.evaluation.api.commitment.CommitmentException;
import vn.danhgia.organization.api.OrganizationException;
import vn.danhgia.web.errors.Failures;

/** Turns every failure of the API into a JSON {@link ApiError}; details go to the server log only. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrapEjb(failure);
        if (cause instanceof ApiRequestException rejected) {
            return respond(Response.Status.BAD_REQUEST, rejected.error());
        }
        if (cause instanceof OrganizationException rejected) {
            return respond(Response.Status.CONFLICT, new ApiError(rejected.getCode(), rejected.getMessage()));
        }
        if (cause instanceof EvaluationException rejected) {
            return respond(switch (rejected.kind()) {
                case FORBIDDEN -> Response.Status.FORBIDDEN;
                case NOT_FOUND -> Response.Status.NOT_FOUND;
                case CONFLICT -> Response.Status.CONFLICT;
                case INVALID -> Response.Status.BAD_REQUEST;
            }, new ApiError(rejected.code(), rejected.getMessage()));
        }
        if (cause instanceof CommitmentException rejected) {
            return respond(switch (rejected.getKind()) {
                case NOT_FOUND -> Response.Status.NOT_FOUND;
                case FORBIDDEN -> Response.Status.FORBIDDEN;
                case CONFLICT -> Response.Status.CONFLICT;
                case INVALID -> Response.Status.BAD_REQUEST;
            }, new ApiError(rejected.getCode(), rejected.getMessage()));
        }
        if (cause instanceof EJBAccessException || cause instanceof ForbiddenException) {
            return respond(Response.Status.FORBIDDEN, ApiError.forbidden());
        }
        if (cause instanceof NotAuthorizedException) {
            return respond(Response.Status.UNAUTHORIZED, ApiError.unauthenticated());
        }
        if (cause instanceof NotFoundException) {
            return respond(Response.Status.NOT_FOUND, ApiError.notFound());
        }
        if (cause instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            return respond(Response.Status.fromStatusCode(wae.getResponse().getStatus()),
                    ApiError.badRequest("Yêu cầu không hợp lệ."));
        }
        if (Failures.isDatabaseUnavailable(failure)) {
            LOG.log(Level.WARNING, "API call failed: database unavailable", failure);
            return respond(Response.Status.SERVICE_UNAVAILABLE, ApiError.databaseUnavailable());
        }
        LOG.log(Level.SEVERE, "API call failed", failure);
        return respond(Response.Status.INTERNAL_SERVER_ERROR, ApiError.internal());
    }

    private static Throwable unwrapEjb(Throwable failure) {
        Throwable t = failure;
        while (t instanceof jakarta.ejb.EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static Response respond(Response.Status status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(error).build();
    }
}
