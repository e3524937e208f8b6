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
            "{\"error\":\"too_many_requests\",\"message\":\"Too Many Requests\"}";
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
            .header("Retry-After", "60")
            .contentType(MediaType.APPLICATION_JSON)
            .body(body);
    }
}
