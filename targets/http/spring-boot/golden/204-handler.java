package com.example.demo;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @DeleteMapping("/endpoint")
    public ResponseEntity<Void> endpoint() {
        return ResponseEntity.noContent().build();
    }
}
