package com.example.demo;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @GetMapping("/endpoint")
    public ResponseEntity<OkResponse> endpoint() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("list", Arrays.asList(1, 2.5, -3e-7, true, false, null));
        nested.put("", "empty key");
        OkResponse body = new OkResponse(
            "\"quoted\" 'string' \\ back\\slash",
            "${process.env.HOME}",
            "#{system('id')} #@x",
            "$x $(id) `id`",
            "*/ -- ?> \"\"\"",
            "one\ntwo\r\n\tthree\u2028four",
            "café 😀 漢字",
            nested
        );
        return ResponseEntity.ok(body);
    }

    record OkResponse(
        String message,
        String js,
        String ruby,
        String shell,
        String comment,
        String lines,
        String unicode,
        Map<String, Object> nested
    ) {}
}
