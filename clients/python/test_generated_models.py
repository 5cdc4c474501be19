"""The generated Python clients (IAM v2 and v3) keep the full-replace promise and accept every phone form the API stores.

Needs only the standard library (the generated client itself needs pydantic 2, which Debian does not
ship): it reads the generated UserProfileUpdate model with ast, and runs the model's own generated
pattern validators. Run: python3 -m unittest discover -s clients/python (after
./mvnw -B -Pother-languages generate-sources; clients/check-generated-clients.sh does both).
"""
import ast
import os
import pathlib
import re
import unittest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLIENTS = pathlib.Path(os.environ.get("IAM_PYTHON_CLIENTS", ROOT / "target" / "clients"))
MODELS = {
    "v2": CLIENTS / "v2" / "python" / "akamai_iam_user" / "models" / "user_profile_update.py",
    "v3": CLIENTS / "v3" / "python" / "akamai_iam_user_v3" / "models" / "user_profile_update.py",
}

SHARED_KEYS = {
    "address", "city", "contactType", "country", "email", "firstName", "jobTitle", "lastName",
    "mobilePhone", "phone", "preferredLanguage", "secondaryEmail", "sessionTimeOut", "state",
    "timeZone", "zipCode",
}
KEYS = {"v2": SHARED_KEYS | {"tfaEnabled"}, "v3": SHARED_KEYS | {"additionalAuthentication"}}
# Forms that real accounts store (see the spec's phone description): a read-modify-write must pass them.
STORED_PHONES = ["", "6175550100", "(617) 555-0100", "+49 30 1234567", "617.555.0100"]


class ProfileModelSource:
    """The generated UserProfileUpdate class, read from its source file."""

    def __init__(self, path):
        if not path.is_file():
            raise AssertionError(f"{path} does not exist: run ./mvnw -B -Pother-languages generate-sources first")
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        self.path = path
        self.cls = next(node for node in tree.body
                        if isinstance(node, ast.ClassDef) and node.name == "UserProfileUpdate")

    def fields(self):
        """Each field as (JSON key, Python name, annotation source, keyword names of its Field(...) call)."""
        for node in self.cls.body:
            if isinstance(node, ast.AnnAssign) and isinstance(node.value, ast.Call):
                keywords = {k.arg: k.value for k in node.value.keywords}
                alias = keywords["alias"].value if "alias" in keywords else node.target.id
                yield alias, node.target.id, ast.unparse(node.annotation), set(keywords)

    def validator(self, python_name, kind="regular_expression"):
        """The generated validator of a field (its pattern, or its enum), as a plain function of the value."""
        name = f"{python_name}_validate_{kind}"
        function = next((node for node in self.cls.body
                         if isinstance(node, ast.FunctionDef) and node.name == name), None)
        if function is None:
            raise AssertionError(f"{self.path} has no {name}: the generator no longer checks the field's pattern")
        function.decorator_list = []
        namespace = {"re": re}
        exec(compile(ast.Module(body=[function], type_ignores=[]), str(self.path), "exec"), namespace)
        return lambda value: namespace[name](None, value)


class GeneratedProfileModelTest(unittest.TestCase):
    models = {version: ProfileModelSource(path) for version, path in MODELS.items()}

    def test_each_model_has_exactly_its_17_keys(self):
        for version, model in self.models.items():
            with self.subTest(version=version):
                self.assertEqual(KEYS[version], {alias for alias, _, _, _ in model.fields()})

    def test_every_key_is_required_and_never_none(self):
        for version, model in self.models.items():
            for alias, _, annotation, keywords in model.fields():
                with self.subTest(version=version, key=alias):
                    self.assertNotIn("default", keywords, f"{alias} must have no default: a missing key erases data")
                    self.assertNotIn("Optional", annotation, f"{alias} must not accept None")

    def test_phone_validators_accept_every_form_the_api_stores(self):
        for version, model in self.models.items():
            for field in ("phone", "mobile_phone"):
                check = model.validator(field)
                for value in STORED_PHONES:
                    with self.subTest(version=version, field=field, value=value):
                        self.assertEqual(value, check(value))

    def test_phone_validators_refuse_letters(self):
        for version, model in self.models.items():
            for field in ("phone", "mobile_phone"):
                check = model.validator(field)
                for value in ("call me", "617-CALL-NOW", "12"):
                    with self.subTest(version=version, field=field, value=value), self.assertRaises(ValueError):
                        check(value)

    def test_secondary_email_validator_accepts_empty_and_addresses_only(self):
        for version, model in self.models.items():
            check = model.validator("secondary_email")
            for value in ("", "ada@example.org"):
                with self.subTest(version=version, value=value):
                    self.assertEqual(value, check(value))
            for value in ("ada", "ada@example", "ada lovelace@example.org"):
                with self.subTest(version=version, value=value), self.assertRaises(ValueError):
                    check(value)

    def test_v3_additional_authentication_is_tfa_mfa_or_none(self):
        check = self.models["v3"].validator("additional_authentication", "enum")
        for value in ("TFA", "MFA", "NONE"):
            with self.subTest(value=value):
                self.assertEqual(value, check(value))
        for value in ("", "tfa", "SMS", "true"):
            with self.subTest(value=value), self.assertRaises(ValueError):
                check(value)

    def test_python_dollar_lets_one_trailing_newline_through(self):
        # Caveat documented in the README: the generator uses re.match, where "$" also matches before a
        # final newline, so Python accepts a value that the other clients and the server may refuse.
        for version, model in self.models.items():
            with self.subTest(version=version):
                self.assertEqual("6175550100\n", model.validator("phone")("6175550100\n"))


if __name__ == "__main__":
    unittest.main()
