import { Controller, Get, Header, HttpCode, HttpStatus } from "@nestjs/common";

// Add it to a module: @Module({ controllers: [EndpointController] })
@Controller()
export class EndpointController {
  @Get("endpoint")
  @HttpCode(HttpStatus.UNAUTHORIZED)
  @Header("WWW-Authenticate", 'Bearer realm="api"')
  endpoint() {
    return { error: "unauthorized", message: "Unauthorized" };
  }
}
