package com.example.demo;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @GetMapping("/endpoint")
    public ResponseEntity<Void> endpoint() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
            .location(URI.create("https://example.com/new-endpoint"))
            .build();
    }
}
