import { Controller, Get, Header, HttpCode, HttpStatus } from "@nestjs/common";

// Add it to a module: @Module({ controllers: [EndpointController] })
@Controller()
export class EndpointController {
  @Get("endpoint")
  @HttpCode(HttpStatus.SERVICE_UNAVAILABLE)
  @Header("Retry-After", "120")
  endpoint() {
    return { error: "service_unavailable", message: "Service Unavailable" };
  }
}
