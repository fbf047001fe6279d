/** Transport routes and corridors, named or given by their stops. Public face: RouteExtractor and ConcreteRoutes (stops a sentence lists, which figures read too). */
package org.w3id.kazaz.extract.routes;
