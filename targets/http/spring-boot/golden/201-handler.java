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
            "{\"id\":\"abc-123\",\"name\":\"Example item\",\"created_at\":\"2026-02-24T12:00:00Z\"}";
        return ResponseEntity.status(HttpStatus.CREATED)
            .header("Location", "/endpoint/abc-123")
            .contentType(MediaType.APPLICATION_JSON)
            .body(body);
    }
}
