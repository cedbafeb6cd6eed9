package org.locus.api;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * Stops a request body at its limit before anything parses it: a body that declares a larger size is refused at
 * once, and one sent without a size is read only up to one byte past the limit.
 */
@ControllerAdvice(basePackageClasses = RequestBodyLimit.class)
class RequestBodyLimit extends RequestBodyAdviceAdapter {

    private final ApiLimits limits;

    RequestBodyLimit(ApiLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        // a batch carries many answers documents, so it has a limit of its own
        DataSize limit = parameter.getContainingClass() == BatchController.class
                ? limits.maxBatchBodySize() : limits.maxBodySize();
        if (input.getHeaders().getContentLength() > limit.toBytes()) {
            throw new RequestBodyTooLargeException(limit);
        }
        byte[] body = input.getBody().readNBytes(Math.toIntExact(limit.toBytes()) + 1);
        if (body.length > limit.toBytes()) {
            throw new RequestBodyTooLargeException(limit);
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }
}
