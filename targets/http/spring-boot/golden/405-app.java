package com.example.demo;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
@RestController
public class Application {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(Application.class);
        // Listens on $PORT when it is set, else on 8080.
        app.setDefaultProperties(Map.of("server.port", "${PORT:8080}"));
        app.run(args);
    }

    // Spring MVC answers a method that no mapping of a path accepts with 405 and Allow by itself; this
    // mapping refuses DELETE explicitly, with its own body.
    @DeleteMapping("/endpoint")
    public ResponseEntity<MethodNotAllowedResponse> endpoint() {
        MethodNotAllowedResponse body = new MethodNotAllowedResponse(
            "method_not_allowed",
            "Method Not Allowed"
        );
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
            .header("Allow", "GET, HEAD")
            .body(body);
    }

    record MethodNotAllowedResponse(String error, String message) {}
}
