package com.example.demo;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @PostMapping("/endpoint")
    public ResponseEntity<Void> endpoint() {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
            .location(URI.create("/endpoint/abc-123"))
            .build();
    }
}
