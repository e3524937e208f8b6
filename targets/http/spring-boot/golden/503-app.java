package com.example.demo;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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

    @GetMapping("/endpoint")
    public ResponseEntity<ServiceUnavailableResponse> endpoint() {
        ServiceUnavailableResponse body = new ServiceUnavailableResponse(
            "service_unavailable",
            "Service Unavailable"
        );
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
            .header("Retry-After", "120")
            .body(body);
    }

    record ServiceUnavailableResponse(String error, String message) {}
}
