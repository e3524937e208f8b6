import {
  Controller,
  Delete,
  Header,
  HttpCode,
  HttpStatus,
} from "@nestjs/common";

// Add it to a module: @Module({ controllers: [EndpointController] })
@Controller()
export class EndpointController {
  // Nest has no automatic 405: a method with no handler on a path gets Nest's 404.
  @Delete("endpoint")
  @HttpCode(HttpStatus.METHOD_NOT_ALLOWED)
  @Header("Allow", "GET, HEAD")
  endpoint() {
    return { error: "method_not_allowed", message: "Method Not Allowed" };
  }
}
