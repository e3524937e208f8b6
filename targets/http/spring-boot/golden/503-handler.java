package com.example.demo;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @GetMapping("/endpoint")
    public ResponseEntity<String> endpoint() {
        String body =
            "{\"error\":\"service_unavailable\",\"message\":\"Service Unavailable\"}";
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
            .header("Retry-After", "120")
            .contentType(MediaType.APPLICATION_JSON)
            .body(body);
    }
}
