package com.example.demo;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @GetMapping("/endpoint")
    public ResponseEntity<ServiceUnavailableResponse> endpoint() {
        ServiceUnavailableResponse body = new ServiceUnavailableResponse(
            "service_unavailable",
            "Service Unavailable"
        );
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
            .header("Retry-After", "120")
            .body(body);
    }

    record ServiceUnavailableResponse(String error, String message) {}
}
