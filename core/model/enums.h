// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

// The closed lists of the domain. Each value has a stable key (stored in the database, written
// in CSV and on the command line) and a name shown to people, translated when asked for.

enum class InstitutionKind {
    SocialWelfareCentre,
    RegionalCentre,
    DaySupportHome,
    CareHome,
    NgoFoundation,
    NgoAssociation,
    CityHall,
    LabourOffice,
    Police,
    Court,
    Library,
    SchoolOrUniversity,
    Health,
    Other,
};

enum class VisitKind {
    IncomingStudyVisit,
    OutgoingStudyVisit,
    ExchangeGroupMeeting,
    Conference,
    WorkingMeeting,
};

enum class VisitStatus {
    Draft,
    Planned,
    Confirmed,
    InProgress,
    Completed,
    Cancelled,
};

enum class ParticipantRole {
    DelegationLeader,
    DelegationMember,
    Host,
    Presenter,
    Moderator,
    Interpreter,
    GuideOrDriver,
    Organiser,
};

enum class SessionKind {
    Presentation,
    PanelDiscussion,
    Workshop,
    SiteVisit,
    Meeting,
    Meal,
    Transfer,
    CulturalProgramme,
    FreeTime,
    Other,
};

enum class SessionRole {
    Presenter,
    Moderator,
    Interpreter,
};

/// What a cost of a visit pays for, as funders' budgets group them.
enum class CostCategory {
    Accommodation,
    Meals,
    Interpreting,
    Transport,
    Venue,
    Materials,
    Other,
};

/// What came of a visit that is kept on record.
enum class OutcomeKind {
    Agreement,      ///< a cooperation agreement signed
    LetterOfIntent, ///< a letter of intent
    Recommendation, ///< recommendations worked out together
    Standard,       ///< a standard or procedure adopted
    Other,
};

/// Where a follow-up task of a visit stands.
enum class FollowUpStatus {
    Open,
    Done,
    Cancelled,
};

/// How a session is interpreted for those who do not speak its language.
enum class InterpretationMode {
    None,         ///< no interpretation
    Consecutive,  ///< the speaker pauses for the interpreter
    Simultaneous, ///< from a booth, through headsets
    Whispered,    ///< chuchotage: to one or two listeners, quietly
};

enum class DietCategory {
    None,
    Vegetarian,
    Vegan,
    GlutenFree,
    LactoseFree,
    Halal,
    Kosher,
    Allergy,
    Other,
};

/// A value's name as marked for translation, to be translated into a language other than the
/// interface's (a printed document's).
struct EnumName
{
    const char* context = nullptr;
    const char* source = nullptr;
    const char* disambiguation = nullptr;
};

/// Key, display name and full list for each enum above; one implementation for all of them.
template <typename E>
struct EnumInfo;

#define WIZYTA_DECLARE_ENUM_INFO(E)                                                                          \
    template <>                                                                                              \
    struct EnumInfo<E>                                                                                       \
    {                                                                                                        \
        static QString key(E value);                                                                         \
        static std::optional<E> fromKey(const QString& key);                                                 \
        static QString displayName(E value);                                                                 \
        static EnumName name(E value);                                                                       \
        static QList<E> all();                                                                               \
        static QStringList keys();                                                                           \
    };

WIZYTA_DECLARE_ENUM_INFO(InstitutionKind)
WIZYTA_DECLARE_ENUM_INFO(VisitKind)
WIZYTA_DECLARE_ENUM_INFO(VisitStatus)
WIZYTA_DECLARE_ENUM_INFO(ParticipantRole)
WIZYTA_DECLARE_ENUM_INFO(SessionKind)
WIZYTA_DECLARE_ENUM_INFO(SessionRole)
WIZYTA_DECLARE_ENUM_INFO(InterpretationMode)
WIZYTA_DECLARE_ENUM_INFO(CostCategory)
WIZYTA_DECLARE_ENUM_INFO(OutcomeKind)
WIZYTA_DECLARE_ENUM_INFO(FollowUpStatus)
WIZYTA_DECLARE_ENUM_INFO(DietCategory)

#undef WIZYTA_DECLARE_ENUM_INFO

template <typename E>
QString enumKey(E value)
{
    return EnumInfo<E>::key(value);
}

template <typename E>
std::optional<E> enumFromKey(const QString& key)
{
    return EnumInfo<E>::fromKey(key);
}

template <typename E>
QString enumDisplayName(E value)
{
    return EnumInfo<E>::displayName(value);
}
