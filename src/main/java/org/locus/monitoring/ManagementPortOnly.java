package org.locus.monitoring;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /actuator} on the application's own port: 404, saying where health and metrics are. Without it the path
 * would fall through to the UI, whose page answers 200, and a probe pointed at the wrong port would always pass.
 */
@RestController
class ManagementPortOnly {

    @RequestMapping(path = {"/actuator", "/actuator/**"})
    ResponseEntity<ProblemDetail> notHere() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Health, readiness, info and "
                + "metrics are served on the management port (management.server.port, 8081 by default), not on the "
                + "port of the wizard and the API; see docs/operations.md.");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
