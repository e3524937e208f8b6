package com.example.demo;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @GetMapping("/endpoint")
    public ResponseEntity<TooManyRequestsResponse> endpoint() {
        TooManyRequestsResponse body = new TooManyRequestsResponse(
            "too_many_requests",
            "Too Many Requests"
        );
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
            .header("Retry-After", "60")
            .body(body);
    }

    record TooManyRequestsResponse(String error, String message) {}
}
