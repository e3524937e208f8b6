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
            "{\"location\":\"https://example.com/new-endpoint\",\"message\":\"This resource has moved permanently.\"}";
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
            .header("Location", "https://example.com/new-endpoint")
            .contentType(MediaType.APPLICATION_JSON)
            .body(body);
    }
}
