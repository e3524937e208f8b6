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
            "{\"error\":\"method_not_allowed\",\"message\":\"Method Not Allowed\"}";
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
            .header("Allow", "GET, HEAD")
            .contentType(MediaType.APPLICATION_JSON)
            .body(body);
    }
}
