import { Controller, Get, HttpStatus, Redirect } from "@nestjs/common";

// Add it to a module: @Module({ controllers: [EndpointController] })
@Controller()
export class EndpointController {
  @Get("endpoint")
  @Redirect("https://example.com/new-endpoint", HttpStatus.TEMPORARY_REDIRECT)
  endpoint() {}
}
