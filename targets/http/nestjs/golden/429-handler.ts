import { Controller, Get, Header, HttpCode, HttpStatus } from "@nestjs/common";

// Add it to a module: @Module({ controllers: [EndpointController] })
@Controller()
export class EndpointController {
  @Get("endpoint")
  @HttpCode(HttpStatus.TOO_MANY_REQUESTS)
  @Header("Retry-After", "60")
  endpoint() {
    return { error: "too_many_requests", message: "Too Many Requests" };
  }
}
